import { describe, expect, it } from 'vitest';
import { buildStory } from '../run.ts';
import { notEnglish } from './language.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// The shape of Timeline17's H1N1 pages in Vietnamese with their diacritics lost.
const vietnamese = 'Vi # t Nam ngn c m c a kh u Ch nh ph nhi u n c ch u n hi n nay ang g p v n nghi m tr ng v i c c b nh vi n qu t i B nh nh n c x p n m 2 ng i c ng gi ng ho c n m tr n ra c c ng i l chuy n b nh th ng T ch c Y t Th gi i v a n c u v virus cum m i ng y 9 thang 9 ';
const english = 'The World Health Organization raised its alert level on Wednesday, saying the new flu virus was spreading from person to person in at least two countries and that a pandemic was imminent. ';

describe('notEnglish', () => {
  it('passes English prose and a terse English list', () => {
    expect(notEnglish(english.repeat(3))).toBeNull();
    expect(notEnglish('Venice, August 29 - September 8 Cannes, May 16 - 27 Berlin, February 8 - 18 Music documentaries of various guises are set to dominate the 14th Raindance film festival in London. Toronto, September 7 - 16 Deauville, September 1 - 10 Telluride, September 1 - 4 Venice, August 30 - September 9')).toBeNull();
  });

  it('names a page in another language, and one in another script', () => {
    expect(notEnglish(vietnamese.repeat(2))).toMatch(/does not read as English \(\d\.\d% of its words/);
    expect(notEnglish('Всемирная организация здравоохранения повысила уровень угрозы пандемии гриппа до пятого. '.repeat(4))).toMatch(/script other than the Latin alphabet \(0% Latin/);
  });

  it('does not judge a page too short to tell', () => {
    expect(notEnglish('Vi # t Nam ngn c m c a kh u Ch nh ph')).toBeNull();
  });
});

describe('a story with a page in another language', () => {
  const story = buildStory({
    id: 'languages',
    meta: {},
    files: [
      { name: 'a.md', bytes: utf8(`---\ndate: 2009-04-29\n---\n${english}\n\nHealth officials in Mexico City closed schools on Thursday as the death toll rose.\n`) },
      { name: 'b.txt', bytes: utf8(vietnamese.repeat(2)) },
    ],
  });

  it('keeps it as a source with a warning naming it, and reads no event from it', () => {
    expect(story.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(story.warnings.filter((w) => w.file === 'b.txt').map((w) => w.code)).toEqual(['language']);
    expect(story.warnings.find((w) => w.file === 'b.txt')!.message).toMatch(/^b\.txt: does not read as English .*kept as a source, but no dates or events are read from it/);
    expect(story.events.length).toBeGreaterThan(0);
    expect(story.events.flatMap((e) => e.mentions).some((m) => m.articleId === 'b')).toBe(false);
    expect(story.context.some((m) => m.articleId === 'b')).toBe(false);
  });
});

describe('languages that share words with English', () => {
  it('names German, French and Spanish news as not English', () => {
    const de = 'Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz zur Bekämpfung der Inflation beschlossen. Das Kabinett stimmte dem Entwurf zu, der nun an den Bundestag geht. Was die Opposition davon hält, will sie in der kommenden Woche erklären. ';
    const fr = "Le gouvernement a annoncé mardi à Paris une nouvelle loi contre l'inflation. Le conseil des ministres a adopté le projet du ministre, qui sera examiné par l'Assemblée nationale la semaine prochaine. ";
    const es = 'El gobierno anunció el martes en Madrid una nueva ley contra la inflación. El consejo de ministros aprobó el proyecto, que será debatido en el Congreso la próxima semana. ';
    for (const text of [de, fr, es]) expect(notEnglish(text.repeat(2))).toMatch(/does not read as English \(0\.0% of its words/);
  });
});

/** A readable failure: what could not be shown, why (the validator's messages), and a way back. */
export function ErrorMessage({ title, problems, note, homeHref }: { title: string; problems: string[]; note?: string; homeHref?: string }) {
  return (
    <main className="app error-page">
      <p className="brand">Dateline</p>
      <div role="alert" className="error">
        <h1>{title}</h1>
        {note && <p>{note}</p>}
        {problems.length > 0 && <ul>{problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>}
      </div>
      {homeHref && <p><a href={homeHref}>All stories</a></p>}
    </main>
  );
}

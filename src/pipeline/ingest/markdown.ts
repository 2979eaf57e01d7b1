/**
 * Markdown body -> plain paragraphs. We keep the words and drop the markup: "## Heading" -> "Heading",
 * "[Reuters](https://...)" -> "Reuters", images and HTML comments go. A full Markdown parser would buy
 * nothing here: nothing is rendered, only read.
 */
export function markdownToText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<[^>\n]+>/g, '');
}

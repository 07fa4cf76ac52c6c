// The examples of docs/api.md (packaged with the app at /docs/api.md): each ```graphql block with the heading above it.
export async function apiExamples() {
  const text = await (await fetch('/docs/api.md')).text();
  const examples = [];
  let heading = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    if (line.trim() === '```graphql') {
      const body = [];
      for (i++; i < lines.length && lines[i].trim() !== '```'; i++) body.push(lines[i]);
      examples.push({ title: heading, query: body.join('\n') + '\n' });
    }
  }
  return examples;
}

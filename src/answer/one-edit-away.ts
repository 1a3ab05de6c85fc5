const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every lowercase word one typing slip away from `word`: a letter dropped, doubled wrong, swapped with its
 * neighbour or struck wrong (Norvig's edit distance 1). About 54n + 25 candidates, cheap to look up.
 */
export function oneEditAway(word: string): string[] {
  const edits = new Set<string>();
  for (let at = 0; at <= word.length; at += 1) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (tail.length > 0) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail.length > 0) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return [...edits];
}

import type { GitHubClient } from './api.js';

/**
 * One sticky comment per pull request and check set: found by a hidden marker and edited in
 * place, so a pull request never collects a comment per push. Only a comment by `author` (the
 * identity of the token) is taken over: anybody can write the marker into a comment of their
 * own, and editing theirs would put mlsec's report under their name.
 */

export function commentMarker(key: string): string {
  return `<!-- mlsec:sticky-comment:${key} -->`;
}

export async function upsertStickyComment(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  issueNumber: number,
  key: string,
  body: string,
  author: string,
): Promise<{ id: number; created: boolean }> {
  const marker = commentMarker(key);
  const fullBody = `${marker}\n${body}`;
  const comments = (await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repository,
    issue_number: issueNumber,
    per_page: 100,
  })) as Array<{ id: number; body?: string; user?: { login?: string; type?: string } | null }>;
  const existing = comments.find(
    (comment) => comment.body?.startsWith(marker) && comment.user?.login === author,
  );
  if (existing) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repository,
      comment_id: existing.id,
      body: fullBody,
    });
    return { id: existing.id, created: false };
  }
  const created = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repository,
    issue_number: issueNumber,
    body: fullBody,
  });
  return { id: Number(created.data.id), created: true };
}

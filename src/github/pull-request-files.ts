import { changedFilesFromPullRequest, type ChangedFiles, type PullRequestFile } from '../core/diff-scope.js';
import type { GitHubClient } from './api.js';

/** What the pull request files API returns at most, however many files the pull request changes. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

/**
 * Changed files and added lines of a pull request, from the paginated pull request files API,
 * with how many files the API listed (removed ones included) so a caller can tell a cut list.
 */
export async function fetchChangedFiles(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
): Promise<{ changed: ChangedFiles; listed: number }> {
  const files = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...repository,
    pull_number: pullNumber,
    per_page: 100,
  })) as PullRequestFile[];
  return { changed: changedFilesFromPullRequest(files), listed: files.length };
}

export function truncatedFilesWarning(changedFiles: number): string {
  return `mlsec: the pull request changes ${changedFiles} files; GitHub lists only the first ${PULL_REQUEST_FILES_LIMIT}, so every finding is reported`;
}

import { changedFilesFromPullRequest, type ChangedFiles, type PullRequestFile } from '../core/diff-scope.js';
import type { GitHubClient } from './api.js';

/** Changed files and added lines of a pull request, from the paginated pull request files API. */
export async function fetchChangedFiles(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
): Promise<ChangedFiles> {
  const files = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...repository,
    pull_number: pullNumber,
    per_page: 100,
  })) as PullRequestFile[];
  return changedFilesFromPullRequest(files);
}

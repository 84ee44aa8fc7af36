// Public URLs of things, in one place.
import type { Config } from "../../../config.js";

export const DEFAULT_AVATAR = "/avatars/original/missing.png";
export const DEFAULT_HEADER = "/headers/original/missing.png";

export function mediaUrl(config: Config, fileName: string): string {
  return `${config.url}/system/media/${fileName}`;
}

export function tagUrl(config: Config, name: string): string {
  return `${config.url}/tags/${encodeURIComponent(name)}`;
}

export function statusUrl(config: Config, username: string, id: string): string {
  return `${config.url}/@${username}/${id}`;
}

export function statusUri(config: Config, username: string, id: string): string {
  return `${config.url}/users/${username}/statuses/${id}`;
}

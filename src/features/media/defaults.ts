// The placeholder avatar and header that accounts without images point at (DEFAULT_AVATAR,
// DEFAULT_HEADER): drawn once with sharp from our own SVG, kept in memory.
import { loadSharp } from "./sharp.js";

const AVATAR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
<rect width="400" height="400" fill="#c9d2de"/>
<circle cx="200" cy="160" r="80" fill="#8d9bb0"/>
<ellipse cx="200" cy="380" rx="150" ry="120" fill="#8d9bb0"/>
</svg>`;

let avatar: Promise<Buffer> | null = null;
let header: Promise<Buffer> | null = null;

export function defaultAvatarPng(): Promise<Buffer> {
  avatar ??= loadSharp().then((sharp) => sharp(Buffer.from(AVATAR_SVG)).png().toBuffer());
  return avatar;
}

export function defaultHeaderPng(): Promise<Buffer> {
  header ??= loadSharp().then((sharp) => sharp({ create: { width: 1500, height: 500, channels: 3, background: "#c9d2de" } }).png().toBuffer());
  return header;
}

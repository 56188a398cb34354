/**
 * The share-link format. A link carries the scenario in its fragment (what
 * follows '#'), which browsers never send to a server:
 *
 *   https://host/path#s1=<base64url of the raw-DEFLATE of the UTF-8 JSON>
 *
 * `s1` names the format version, so a later format (say `s2`, with another
 * codec or a dictionary) can live beside it and an old Tierscape can say it
 * cannot read a newer link instead of calling it damaged. The fragment may
 * hold other `&`-separated parameters (`#view=cost&s1=…`); they are left to
 * whoever reads them.
 */
export const SHARE_FORMAT_KEY = 's1';

/** Any share-format key, current or future: `s` and a version number. */
export const SHARE_KEY_PATTERN = /^s(\d+)$/;

/**
 * Longest fragment a share link is offered with, characters. Chromium keeps
 * URLs up to 2 MiB (kMaxURLChars) but shows at most 32 KiB of one
 * (kMaxURLDisplayChars, content/common/content_constants.cc), and sharing
 * surfaces cut far earlier: Slack truncates a message at 40,000 characters
 * (api.slack.com changelog, 2018-04 "truncating really long messages").
 * 32,000 keeps the whole URL, origin and path included, inside Chromium's
 * display limit and a Slack message. It holds a few hundred sites: 320
 * sites, 320 links and 240 workloads (copies of the smart-city preset, 220 kB
 * of JSON) made a 26,000-character fragment. Beyond it the caller offers a file.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 32_000;

/**
 * Longest fragment a link is read from, characters: Chromium's URL limit
 * (2 MiB), beyond which no browser delivers the link intact anyway. It bounds
 * the work of decoding a hostile link before anything is inflated.
 */
export const MAX_READ_FRAGMENT_CHARS = 2 * 1024 * 1024;

/**
 * Most bytes a link's scenario may inflate to. A fragment this module writes
 * holds at most 24 kB of compressed data (32,000 base64url characters), which
 * even very repetitive scenario JSON (about 20:1) inflates to under 1 MB; ten
 * times that leaves room for hand-made links and later formats, and refuses
 * a decompression bomb long before it costs real memory.
 */
export const MAX_INFLATED_BYTES = 10 * 1024 * 1024;

/** Path given to errors about the link itself, and the prefix of a document error's path. */
export const SHARE_LINK_PATH = '(share link)';

/** Share links: a scenario carried in the URL fragment, never sent to a server. */
export { encodeShareFragment, type ShareEncoded } from './encode';
export { decodeShareFragment, hasShareFragment, type ShareDecoded } from './decode';
export { MAX_SHARE_FRAGMENT_CHARS, SHARE_FORMAT_KEY } from './format';

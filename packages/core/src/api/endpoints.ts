import { programEndpoints } from './programs.endpoints.js';

/** Every endpoint the web calls, by area: the one table the server routes and the web's `call` read. */
export const endpoints = {
  programs: programEndpoints,
};

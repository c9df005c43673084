/**
 * The built API runs in production mode unless told otherwise. Imported first, before graphql-js
 * loads: in development mode graphql-js checks every `instanceOf` across realms, which cost about
 * 10 ms of a 50-person skills-matrix page under load (a CPU profile of the built API showed it).
 * Apollo's and Express's production defaults (no stack traces, no sandbox page) are what an
 * authority deploys anyway; introspection is configured explicitly in the app module.
 */
process.env['NODE_ENV'] ??= 'production';

// English words a place's name is written or typed with that are no part of the name itself
// ("Nanning City", "Ha Noi city", "Lạng Sơn province"): search drops them from a query that found
// nothing, and never runs them into a name's one-word form ("NanningCity").
export const PLACE_WORDS = new Set(['city', 'town', 'province', 'county', 'district', 'region', 'municipality']);

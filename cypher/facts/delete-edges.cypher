// Loader: removes relationships by element id ($eids), before their facts are written again with
// their citations recomputed (in the same transaction).
UNWIND $eids AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r

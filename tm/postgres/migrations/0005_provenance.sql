-- Provenance: every unit gets an origin kind and a review state
-- (tm.Origin.Kind and tm.Origin.Review, in the unit's data), derived from
-- what its origin already said: a translator named → translator,
-- translated; an alignment named → alignment, unreviewed; only a file (a
-- TMX import) → tmx, translated; nothing → unknown, unreviewed.
UPDATE units SET data = jsonb_set(data, '{origin}', coalesce(data->'origin', '{}'::jsonb) || jsonb_build_object(
	'Kind', CASE
		WHEN coalesce(data->'origin'->>'Translator', '') <> '' THEN 'translator'
		WHEN coalesce(data->'origin'->>'Alignment', '') <> '' THEN 'alignment'
		WHEN coalesce(data->'origin'->>'File', '') <> '' THEN 'tmx'
		ELSE '' END,
	'Review', CASE
		WHEN coalesce(data->'origin'->>'Translator', '') <> '' THEN 'translated'
		WHEN coalesce(data->'origin'->>'Alignment', '') <> '' THEN 'unreviewed'
		WHEN coalesce(data->'origin'->>'File', '') <> '' THEN 'translated'
		ELSE 'unreviewed' END))
WHERE NOT coalesce(data->'origin' ? 'Review', false);

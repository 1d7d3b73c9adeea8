-- The indicator page's neighbourhood finds the relationships with an object at either end.
CREATE INDEX cyber_relationships_source ON cyber_objects ((body->>'source_ref')) WHERE latest AND type = 'relationship';
CREATE INDEX cyber_relationships_target ON cyber_objects ((body->>'target_ref')) WHERE latest AND type = 'relationship';

-- Hits on cyber indicators lead to the indicator's page, no longer to its API path.
UPDATE hits SET page = '/cyber/indicators/' || substring(page FROM length('/api/v1/cyber/indicators/') + 1)
 WHERE record_kind = 'CYBER_INDICATOR' AND page LIKE '/api/v1/cyber/indicators/%';

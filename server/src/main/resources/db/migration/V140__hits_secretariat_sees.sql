-- Whether the General Secretariat may see the item a hit matched, decided by the item's own protection when the hit is
-- raised (a TLP:RED threat indicator not naming the General Secretariat, AMBER+STRICT). The General Secretariat lists,
-- counts and reads only the hits whose item it may see; the owner is always told.
ALTER TABLE hits ADD COLUMN secretariat_sees boolean NOT NULL DEFAULT true;

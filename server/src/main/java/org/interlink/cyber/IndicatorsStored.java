package org.interlink.cyber;

import java.util.List;

/** Indicators stored or given a new version (their latest versions), published inside the import's transaction. */
public record IndicatorsStored(List<IndicatorSnapshot> indicators) {}

package org.interlink.records;

/** A vehicle record was replaced by a new version. Published in the write transaction, delivered after commit. */
public record VehicleUpdated(VehicleSnapshot vehicle) {}

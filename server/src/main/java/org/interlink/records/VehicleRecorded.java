package org.interlink.records;

/** A vehicle record was created. Published in the write transaction, delivered after commit. */
public record VehicleRecorded(VehicleSnapshot vehicle) {}

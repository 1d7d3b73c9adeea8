/**
 * Cyber threat intelligence: STIX 2.1 objects shared by the bureaus under the one access policy and TLP, bundle import
 * and export, value checks against the indicators in memory, and sightings (docs/CYBER.md).
 */
@NullMarked
package org.interlink.cyber;

import org.jspecify.annotations.NullMarked;

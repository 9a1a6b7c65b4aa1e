package com.clinic.journey.visit;

/** How the customer arrives in the city, which decides where the driver waits. */
public enum TransportMode { FLIGHT, TRAIN, OTHER }

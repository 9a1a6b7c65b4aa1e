package com.clinic.journey.visit;

public enum Gender { FEMALE, MALE, UNKNOWN }

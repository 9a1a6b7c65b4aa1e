package com.clinic.model.visit;

public enum Gender { FEMALE, MALE, UNKNOWN }

package com.clinic.program;

/**
 * What the program keeps of its course, which the coaches and the customer change on its own version: the stage
 * once the plan starts, ends or stops, the plan's days, and whether the steps whose deadlines the program keeps are
 * owed or done (a call to book again, the devices guided, both service reviews in).
 */
public record CourseFacts(Program.Stage stage, PlanDays days, boolean rebookOwed, boolean devicesGuided,
                          boolean reviewsDone) {
}

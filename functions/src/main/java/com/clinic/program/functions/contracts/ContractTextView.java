package com.clinic.program.functions.contracts;

import com.clinic.program.functions.ProgramView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The contract text to read (its current version and digest) and the program's contract state. */
@Serdeable
public record ContractTextView(String version, String title, List<String> clauses, String digest,
                               ProgramView.ContractView contract) {
}

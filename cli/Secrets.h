#pragma once

#include <QString>

#include <optional>

namespace fe::cli {

// Passwords and recovery codes come from an environment variable (scripts, tests) or, when it is
// unset or empty, from the terminal without echo. Never from the command line: every user of the
// machine can read a process's arguments. nullopt: the reason was printed (no terminal, the two
// entries differ, end of input); the command exits with Usage.
std::optional<QString> readSecret(const char* environmentVariable, const QString& prompt);
// The same, asked twice on the terminal when it is a new password.
std::optional<QString> readNewSecret(const char* environmentVariable, const QString& prompt,
                                     const QString& confirmationPrompt);

} // namespace fe::cli

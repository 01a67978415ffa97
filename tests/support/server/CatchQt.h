#pragma once

#include <catch2/catch.hpp>

#include <QString>

// Failed checks on QString show the text, not a list of characters.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

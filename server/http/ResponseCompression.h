#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace fe::central {

// The content type of every JSON answer. Not httplib's exact "application/json": for that type
// httplib compresses answers itself, with brotli at quality 11 whenever the client offers "br"
// (Qt does), which cost more CPU than processing the push it answered.
inline constexpr char kJsonContentType[] = "application/json; charset=utf-8";

// Compresses an answer just before it is written, as the client allows: brotli at a moderate quality
// (about as small as quality 11 for these bodies, at a fraction of its CPU), else gzip, else nothing.
// Small bodies stay as they are. Installed as httplib's post-routing handler.
void compressResponse(const httplib::Request& req, httplib::Response& res);

} // namespace fe::central

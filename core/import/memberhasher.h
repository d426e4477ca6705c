#pragma once
// Turns group member ids (phone numbers, work ids) into salted 64-bit hashes, so overlapping groups
// can be found without the ids ever being stored. The hash is SipHash-2-4 — a keyed PRF made for
// short inputs — keyed with the first 16 bytes of SHA-256(project salt): fast enough for millions of
// members, and useless without the project's salt.

#include <QByteArray>
#include <QStringView>

#include <array>
#include <cstddef>
#include <cstdint>

namespace slimplan {

class MemberHasher
{
public:
    explicit MemberHasher(const QByteArray &salt);
    // Hash of a member id (trimmed, UTF-8). Equal ids give equal hashes within one salt.
    quint64 hash(QStringView memberId) const;

    // SipHash-2-4 of data under a 16-byte key (exposed for the reference test vectors).
    static quint64 sipHash24(const std::array<std::uint8_t, 16> &key, const void *data, std::size_t len);

private:
    std::array<std::uint8_t, 16> m_key{};
};

} // namespace slimplan

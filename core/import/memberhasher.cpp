#include "import/memberhasher.h"

#include "import/normalize.h"

#include <QCryptographicHash>

#include <cstring>

namespace slimplan {

namespace {
inline std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline std::uint64_t load64le(const std::uint8_t *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

inline void sipRound(std::uint64_t &v0, std::uint64_t &v1, std::uint64_t &v2, std::uint64_t &v3)
{
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
}
} // namespace

MemberHasher::MemberHasher(const QByteArray &salt)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayLiteral("slimplan-members\x1f") + salt, QCryptographicHash::Sha256);
    std::memcpy(m_key.data(), digest.constData(), m_key.size());
}

quint64 MemberHasher::hash(QStringView memberId) const
{
    const QStringView id = trimSpaces(memberId);
    // Member ids are mostly ASCII (phone and work numbers): hash them from the stack.
    std::array<char, 64> ascii{};
    if (id.size() <= qsizetype(ascii.size())) {
        bool isAscii = true;
        for (qsizetype i = 0; i < id.size() && isAscii; ++i) {
            isAscii = id[i].unicode() < 0x80;
            ascii[static_cast<std::size_t>(i)] = static_cast<char>(id[i].unicode());
        }
        if (isAscii)
            return sipHash24(m_key, ascii.data(), static_cast<std::size_t>(id.size()));
    }
    const QByteArray utf8 = id.toUtf8();
    return sipHash24(m_key, utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

quint64 MemberHasher::sipHash24(const std::array<std::uint8_t, 16> &key, const void *data,
                                std::size_t len)
{
    const auto *in = static_cast<const std::uint8_t *>(data);
    const std::uint64_t k0 = load64le(key.data());
    const std::uint64_t k1 = load64le(key.data() + 8);
    std::uint64_t v0 = 0x736f6d6570736575ULL ^ k0;
    std::uint64_t v1 = 0x646f72616e646f6dULL ^ k1;
    std::uint64_t v2 = 0x6c7967656e657261ULL ^ k0;
    std::uint64_t v3 = 0x7465646279746573ULL ^ k1;
    const std::size_t whole = len - (len % 8);
    for (std::size_t i = 0; i < whole; i += 8) {
        const std::uint64_t m = load64le(in + i);
        v3 ^= m;
        sipRound(v0, v1, v2, v3);
        sipRound(v0, v1, v2, v3);
        v0 ^= m;
    }
    std::uint64_t b = static_cast<std::uint64_t>(len) << 56;
    for (std::size_t i = 0; i < len % 8; ++i)
        b |= static_cast<std::uint64_t>(in[whole + i]) << (8 * i);
    v3 ^= b;
    sipRound(v0, v1, v2, v3);
    sipRound(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    for (int i = 0; i < 4; ++i)
        sipRound(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

} // namespace slimplan

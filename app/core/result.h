#pragma once
// Result<T>: the value of a fallible operation, or the message that explains
// why it failed. Replaces `bool f(QString &error)` out-parameters so that an
// error cannot be ignored by accident and always reaches the user.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Marginalia {

struct Error {
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    // A temporary's value is moved out, so that `for (x : *f())` does not
    // iterate a destroyed Result.
    T operator*() && { return std::move(*this).value(); }

    // Empty on success, so it is safe to pass along unconditionally.
    QString error() const { return ok() ? QString() : std::get<1>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

// Result<void> counterpart: success or an error message.
class [[nodiscard]] Status
{
public:
    Status() = default;
    // By value: a temporary Error (makeError) is moved, not copied.
    // cppcheck-suppress passedByValue
    Status(Error error)
        : m_error(std::move(error.message))
    {
    }

    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    std::optional<QString> m_error;
};

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

} // namespace Marginalia

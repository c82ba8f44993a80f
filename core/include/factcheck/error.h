// The exception types core code throws for bad input, configuration or
// plugins; the CLI turns them into a message and exit code 2.
#ifndef FACTCHECK_ERROR_H_
#define FACTCHECK_ERROR_H_

#include <stdexcept>
#include <string>

namespace factcheck {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An error at a known place in an input file: 1-based line and column
// (column in code points). what() holds the bare message; Describe() adds
// "file:line:column: ".
class LocatedError : public Error {
 public:
  LocatedError(std::string file, unsigned line, unsigned column, const std::string& message)
      : Error(message), file_(std::move(file)), line_(line), column_(column) {}

  const std::string& file() const { return file_; }
  unsigned line() const { return line_; }
  unsigned column() const { return column_; }
  std::string Describe() const {
    return file_ + ":" + std::to_string(line_) + ":" + std::to_string(column_) + ": " + what();
  }

 private:
  std::string file_;
  unsigned line_;
  unsigned column_;
};

}  // namespace factcheck

#endif  // FACTCHECK_ERROR_H_

// Overloaded{lambdas...}: one visitor for std::visit from several lambdas.
#ifndef FACTCHECK_CORE_BASE_OVERLOADED_H_
#define FACTCHECK_CORE_BASE_OVERLOADED_H_

namespace factcheck {

template <typename... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};
template <typename... Lambdas>
Overloaded(Lambdas...) -> Overloaded<Lambdas...>;

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_OVERLOADED_H_

// A library that needs a function nothing defines: loading it must fail with
// the loader's "undefined symbol" message.
extern "C" int factcheck_test_function_nobody_defines();

extern "C" int factcheck_test_call_it() { return factcheck_test_function_nobody_defines(); }

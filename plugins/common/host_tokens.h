// Tokens as an annotation the host computes once for every plugin
// (Document.tokens, ANNOTATION_TOKENS in Describe): written by the host,
// read by checkers, which tokenize a sentence themselves only when the host
// did not send its tokens.
#ifndef FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_
#define FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_

#include <vector>

#include "common/text_tokens.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

// Host side: tokenizes every sentence of `document` into document->tokens,
// each sentence naming its range of them.
void AddDocumentTokens(v1::Document* document);

// The tokens of sentence `s`, as Tokenize gives them: read from the host's
// annotation when the document has one, else tokenized here.
std::vector<Token> SentenceTokens(const v1::Document& document, int s);

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_

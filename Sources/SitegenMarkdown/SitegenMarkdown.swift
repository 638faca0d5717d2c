// SitegenMarkdown wraps libcmark. It is the only target that sees C types.
internal import CCmark

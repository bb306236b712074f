/* dialect: the separator a CSV file's header row shows; see dialect.h. */
#include "dialect.h"

#include <string.h>

static const char separators[] = ",;\t";

static gboolean is_line_end(char c)
{
	return c == '\n' || c == '\r';
}

char dialect_separator(const char *text, gsize len, gsize *at)
{
	gsize i = 0, first[3] = {0, 0, 0};
	int count[3] = {0, 0, 0};   /* of each of separators */
	while (i < len && (text[i] == ' ' || is_line_end(text[i])))   /* blank lines */
		i++;
	for (gboolean quoted = FALSE; i < len && (quoted || !is_line_end(text[i])); i++) {
		const char *k = text[i] && text[i] != '"' ? strchr(separators, text[i]) : NULL;
		quoted ^= text[i] == '"';
		if (quoted || !k)
			continue;
		int j = (int)(k - separators);
		if (!count[j]++)
			first[j] = i;
	}
	int pick = count[0] || (!count[1] && !count[2]) ? 0 : count[1] >= count[2] ? 1 : 2;
	*at = first[pick];
	return separators[pick];
}

const char *dialect_separator_name(char sep)
{
	return sep == ';' ? "semicolons" : sep == '\t' ? "tabs" : "commas";
}

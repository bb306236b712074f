/* argsfile: a figure's options from its .args file; see argsfile.h. */
#include "argsfile.h"
#include "cli.h"
#include "diag.h"

#include <string.h>

static const struct {
	ArgsFormat bit;
	const char *name;
} format_names[] = {{ARGSFILE_PDF, "pdf"}, {ARGSFILE_PNG, "png"}, {ARGSFILE_SVG, "svg"}};

const char *argsfile_format_name(ArgsFormat f)
{
	for (size_t i = 0; i < G_N_ELEMENTS(format_names); i++)
		if (format_names[i].bit == f)
			return format_names[i].name;
	return NULL;
}

/* Sets *err to "path:line: message" (DIAG_USAGE) and returns FALSE. */
static gboolean fail_at(GError **err, const char *path, int line, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);
static gboolean fail_at(GError **err, const char *path, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	diag_fail(err, DIAG_USAGE, "%s:%d: %s", path, line, msg);
	g_free(msg);
	return FALSE;
}

/* The words of one line, split as a shell splits them without running or
 * expanding anything. *words NULL (and TRUE) for a blank or comment line. */
static gboolean split_line(const char *path, int line, const char *text, char ***words,
                           GError **err)
{
	*words = NULL;
	const char *p = text + strspn(text, " \t");
	if (!*p || *p == '#')
		return TRUE;
	/* A trailing backslash would join the next line in a shell; here each
	 * line stands alone, so say so rather than drop it. */
	size_t len = strlen(text), slashes = 0;
	while (slashes < len && text[len - 1 - slashes] == '\\')
		slashes++;
	if (slashes % 2 && !strchr(text, '#'))
		return fail_at(err, path, line, "the line ends in \\: each line holds whole "
		               "options, an option and its value on one line");
	/* The newline ends a comment; without it GLib takes a final "#" for an
	 * open quote. */
	char *with_end = g_strconcat(text, "\n", NULL);
	int n = 0;
	GError *e = NULL;
	gboolean ok = g_shell_parse_argv(with_end, &n, words, &e);
	g_free(with_end);
	if (!ok && g_error_matches(e, G_SHELL_ERROR, G_SHELL_ERROR_EMPTY_STRING))
		ok = TRUE;   /* words, then only a comment: nothing */
	else if (!ok)
		fail_at(err, path, line, "a quote (\" or ') is not closed on its line; each "
		        "line holds whole options, a quoted value ends on its line");
	g_clear_error(&e);
	return ok;
}

/* `--formats pdf,svg` (or --formats=..., or the names as several words):
 * the bits of *formats. */
static gboolean parse_formats(const char *path, int line, char **words, guint *formats,
                              GError **err)
{
	GString *list = g_string_new(NULL);
	const char *eq = strchr(words[0], '=');
	if (eq)
		g_string_append(list, eq + 1);
	for (int i = 1; words[i]; i++)
		g_string_append_printf(list, ",%s", words[i]);
	char **names = g_strsplit_set(list->str, ", ", -1);
	g_string_free(list, TRUE);
	guint bits = 0;
	gboolean ok = TRUE;
	for (int i = 0; names[i] && ok; i++) {
		if (!*names[i])
			continue;
		guint bit = 0;
		for (size_t k = 0; k < G_N_ELEMENTS(format_names); k++)
			if (!g_ascii_strcasecmp(names[i], format_names[k].name))
				bit = format_names[k].bit;
		if (!bit)
			ok = fail_at(err, path, line, "--formats: \"%s\" is no format; expected "
			             "pdf, png or svg, separated by commas", names[i]);
		bits |= bit;
	}
	g_strfreev(names);
	if (ok && !bits)
		ok = fail_at(err, path, line, "--formats: no format given; expected some of "
		             "pdf, png and svg, separated by commas");
	*formats = bits;
	return ok;
}

/* What the batch decides for every figure, refused in a .args file. */
static gboolean refuse_batch_options(const CliRequest *req, const char *path, int line,
                                     GError **err)
{
	const char *why = NULL;
	if (req->s_outputs)
		why = "-o: the batch names every figure's files (OUT/NAME.pdf, .png, .svg); "
		      "choose them with --formats pdf,png,svg on a line of its own";
	else if (req->s_format)
		why = "-T: choose the figure's formats with --formats pdf,png,svg on a line "
		      "of its own";
	else if (req->s_scene || req->s_alt)
		why = req->s_scene ? "--scene: a batch writes only the figures; run render "
		                     "COMMAND for a scene"
		                   : "--alt: a batch writes only the figures; their alt "
		                     "text is in each file and on the review page";
	else if (req->s_palette)
		why = "--palette: every figure of a batch gets the data folder's palette.csv";
	else if (req->s_fonts)
		why = "--fonts: a batch draws every figure with one set of fonts";
	return !why || fail_at(err, path, line, "%s", why);
}

/* A word that is neither an option nor an option's value, on a line that
 * reads text. */
static gboolean not_an_option(const char *path, int line, const char *text,
                              const char *word, GError **err)
{
	if (strpbrk(text, "$`"))
		return fail_at(err, path, line, "\"%s\" is not an option; no shell reads "
		               "this file, so $(...), `...` and $NAME stay as they are "
		               "written", word);
	return fail_at(err, path, line, "\"%s\" is not an option; quote a text with "
	               "spaces, as in --title \"Two words\"", word);
}

/* Checks one line's words as options of cmd; *err names the line. */
static gboolean check_line(const char *path, int line, const char *text,
                           const ChartCommand *cmd, char **words, GError **err)
{
	for (int i = 0; words[i]; i++)
		if (!strcmp(words[i], "--formats") || g_str_has_prefix(words[i], "--formats="))
			return fail_at(err, path, line, "--formats goes on a line of its own");
	CliRequest req;
	GError *e = NULL;
	gboolean ok = cli_parse_options(cmd, (int)g_strv_length(words), words, &req, &e);
	if (!ok)
		fail_at(err, path, line, "%s", e->message);
	else if (req.s_inputs)
		ok = not_an_option(path, line, text, req.s_inputs[0], err);
	else
		ok = refuse_batch_options(&req, path, line, err);
	g_clear_error(&e);
	cli_clear(&req);
	return ok;
}

/* Appends the words of line to a. */
static void add_words(ArgsFile *a, GPtrArray *words, GArray *lines, char **line_words,
                      int line)
{
	for (int i = 0; line_words[i]; i++) {
		g_ptr_array_add(words, g_strdup(line_words[i]));
		g_array_append_val(lines, line);
	}
	a->nwords = (int)lines->len;
}

/* One line of the file: its words checked and added, or --formats read. */
static gboolean read_line(ArgsFile *a, const ChartCommand *cmd, int line, const char *text,
                          GPtrArray *words, GArray *lines, GError **err)
{
	if (!g_utf8_validate(text, -1, NULL))
		return fail_at(err, a->path, line, "the line is not UTF-8 text");
	char **line_words = NULL;
	if (!split_line(a->path, line, text, &line_words, err))
		return FALSE;
	gboolean ok = TRUE;
	if (!line_words)
		;
	else if (!strcmp(line_words[0], "--formats") ||
	         g_str_has_prefix(line_words[0], "--formats="))
		ok = parse_formats(a->path, line, line_words, &a->formats, err);
	else if ((ok = check_line(a->path, line, text, cmd, line_words, err)))
		add_words(a, words, lines, line_words, line);
	g_strfreev(line_words);
	return ok;
}

ArgsFile *argsfile_read(const char *path, const ChartCommand *cmd, GError **err)
{
	char *text = NULL;
	gsize len = 0;
	GError *e = NULL;
	if (!g_file_get_contents(path, &text, &len, &e)) {
		const char *reason = g_strrstr(e->message, ": ");
		diag_fail(err, DIAG_IO, "%s: cannot read: %s", path,
		          reason ? reason + 2 : e->message);
		g_error_free(e);
		return NULL;
	}
	ArgsFile *a = g_new0(ArgsFile, 1);
	a->path = g_strdup(path);
	a->formats = ARGSFILE_ALL_FORMATS;
	GPtrArray *words = g_ptr_array_new();
	GArray *lines = g_array_new(FALSE, FALSE, sizeof(int));
	const char *start = text;
	if (len >= 3 && !memcmp(start, "\xEF\xBB\xBF", 3))
		start += 3;   /* a byte-order mark, as some editors write */
	gboolean ok = TRUE;
	int line = 1;
	for (const char *p = start; ok && p <= text + len; line++) {
		const char *nl = memchr(p, '\n', (size_t)(text + len - p));
		const char *end = nl ? nl : text + len;
		char *one = g_strndup(p, (gsize)(end - p));
		if (strlen(one) != (size_t)(end - p))
			ok = fail_at(err, path, line, "a NUL byte: an .args file is text");
		else {
			gsize n = strlen(one);
			if (n && one[n - 1] == '\r')
				one[n - 1] = '\0';
			ok = read_line(a, cmd, line, one, words, lines, err);
		}
		g_free(one);
		p = end + 1;
	}
	g_free(text);
	g_ptr_array_add(words, NULL);
	a->words = (char **)g_ptr_array_free(words, FALSE);
	a->lines = (int *)(void *)g_array_free(lines, FALSE);
	if (!ok) {
		argsfile_free(a);
		return NULL;
	}
	return a;
}

void argsfile_free(ArgsFile *a)
{
	if (!a)
		return;
	g_free(a->path);
	g_strfreev(a->words);
	g_free(a->lines);
	g_free(a);
}

int argsfile_line_of(const ArgsFile *a, const char *message)
{
	if (!a || !g_str_has_prefix(message, "--"))
		return 0;
	size_t n = strcspn(message, " =:;,");
	int found = 0;
	for (int i = 0; i < a->nwords; i++) {
		const char *w = a->words[i];
		if (!strncmp(w, message, n) && (w[n] == '\0' || w[n] == '='))
			found = a->lines[i];
	}
	return found;
}

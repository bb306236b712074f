/* main: render's entry point: the command line becomes a request (cli), the
 * request a figure in memory (figure), and the figure files written whole. */
#include "cli.h"
#include "diag.h"
#include "figure.h"
#include "fonts.h"
#include "output.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Writes every output the request asked for, all or none. */
static gboolean write_outputs(const CliRequest *req, const FigureOutputs *out, GError **err)
{
	const char *paths[] = {req->output, req->scene, req->alt};
	GBytes *bytes[] = {out->figure, out->scene, out->alt};
	OutputFile files[G_N_ELEMENTS(paths)];
	int n = 0;
	for (size_t i = 0; i < G_N_ELEMENTS(paths); i++) {
		if (!paths[i])
			continue;
		gsize len = 0;
		const void *data = bytes[i] ? g_bytes_get_data(bytes[i], &len) : NULL;
		files[n++] = (OutputFile){paths[i], data, len};
	}
	return output_write_all(files, n, err);
}

static gboolean run(const CliRequest *req, GError **err)
{
	Fonts *fonts = fonts_open(req->fonts_dir, err);
	if (!fonts)
		return FALSE;
	FigureOutputs out;
	/* Everything is drawn in memory first, so a failure leaves no file behind. */
	gboolean ok = figure_make(req, fonts, &out, err) && write_outputs(req, &out, err);
	figure_clear(&out);
	fonts_close(fonts);
	return ok;
}

/* Standard output must reach its file: --help, --version. GLib prints a
 * command's --help and exits by itself, so this runs at exit. */
static void check_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "render: cannot write to standard output\n");
		_exit(DIAG_IO);
	}
}

int main(int argc, char **argv)
{
	/* Output must never depend on the user's locale. */
	setlocale(LC_ALL, "C");
	atexit(check_stdout);
	CliRequest req;
	int status = cli_parse(argc, argv, &req);
	if (status < 0) {
		GError *err = NULL;
		status = run(&req, &err) ? 0 : cli_report(&req, err);
		g_clear_error(&err);
	}
	cli_clear(&req);
	return status;
}

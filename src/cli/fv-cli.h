/* fv-cli.h — what the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int fv_cli_validate     (const char * const *args);
int fv_cli_validate_json (const char * const *args);
int fv_cli_list_charts  (const char * const *args);
int fv_cli_export_chart (const char * const *args,
                         const char         *chart_id,
                         const char         *output,
                         const char         *format,
                         int                 width,
                         int                 height,
                         int                 scale,
                         const char         *from,
                         const char         *to);

G_END_DECLS

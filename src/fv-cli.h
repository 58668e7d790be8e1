/* fv-cli.h — what the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int fv_cli_validate (const char * const *args);

G_END_DECLS

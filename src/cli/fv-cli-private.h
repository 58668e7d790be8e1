/* fv-cli-private.h — what the command line's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

FvModel *fv_cli_load_model (const char * const *args);

G_END_DECLS

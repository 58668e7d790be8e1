/* fv-application.h — the application: its actions, options and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FV_TYPE_APPLICATION (fv_application_get_type ())

G_DECLARE_FINAL_TYPE (FvApplication, fv_application, FV, APPLICATION, AdwApplication)

FvApplication *fv_application_new (void);

G_END_DECLS

// The GOV.UK and MOJ components' behaviour, as a module so that no inline script is needed (CSP script-src 'self'):
// the body classes the template would set inline are set here, then every component on the page is started, and the
// Portal's own enhancements are loaded on the pages that have them.
import { initAll as initGovuk } from '/lib/govuk-frontend/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj-frontend/moj-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initGovuk()
initMoj()

if (document.querySelector('form[data-portal-upload]')) {
  import('/js/upload-progress.mjs')
}

// A file upload form (form[data-portal-upload]) sent with XMLHttpRequest, so that a <progress> shows how much of the
// file has gone. The form works as an ordinary post without this. The Portal answers the post with a redirect to the
// file's report (followed here, then opened) or with the form again and its errors, which replaces this page's main.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

function enhance (form) {
  const progress = form.querySelector('[data-upload-progress]')
  const bar = progress.querySelector('progress')
  const status = progress.querySelector('[data-upload-status]')
  const button = form.querySelector('button[type=submit]')

  form.addEventListener('submit', (event) => {
    const input = form.querySelector('input[type=file]')
    if (!input.files.length) {
      return // the Portal names the missing file, as without JavaScript
    }
    event.preventDefault()
    const request = new XMLHttpRequest()
    request.open('POST', form.action)
    request.responseType = 'document'
    request.upload.addEventListener('progress', (sent) => {
      if (sent.lengthComputable) {
        bar.value = Math.round((sent.loaded * 100) / sent.total)
        bar.textContent = `${bar.value}%`
        status.textContent = `${bar.value}% sent`
      }
    })
    request.upload.addEventListener('load', () => {
      bar.value = 100
      status.textContent = 'Sent. The rows are being checked.'
    })
    request.addEventListener('load', () => {
      const answeredHere = new URL(request.responseURL).pathname === new URL(form.action).pathname
      if (request.status === 200 && answeredHere && request.response?.querySelector('main')) {
        show(request.response)
      } else if (request.status === 200) {
        window.location.assign(request.responseURL)
      } else {
        form.submit() // what the Portal says without JavaScript
      }
    })
    request.addEventListener('error', () => form.submit())
    progress.hidden = false
    button.disabled = true
    request.send(new FormData(form))
  })
}

// The form again with its errors: its main in place of ours, its components started (the error summary takes focus).
function show (page) {
  const main = document.importNode(page.querySelector('main'), true)
  document.querySelector('main').replaceWith(main)
  document.title = page.title
  initAll({ scope: main })
  main.querySelectorAll('form[data-portal-upload]').forEach(enhance)
}

document.querySelectorAll('form[data-portal-upload]').forEach(enhance)

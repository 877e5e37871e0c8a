// Sign in with username and password (the API's tokens), or create an account where registration is open.
import {h, field, fill, errorBox} from '../dom.js';
import {signIn, register} from '../api.js';

export function render(view, {go}) {
    const status = h('div', {'aria-live': 'assertive'});
    const username = h('input', {name: 'username', autocomplete: 'username', required: true, maxlength: 50});
    const password = h('input', {name: 'password', type: 'password', autocomplete: 'current-password',
        required: true, maxlength: 72});
    const submit = h('button', {type: 'submit'}, 'Sign in');
    const form = h('form', {class: 'card narrow', id: 'signin-form', onsubmit: async event => {
        event.preventDefault();
        submit.disabled = true;
        fill(status, h('p', {class: 'loading', role: 'status'}, 'Signing in…'));
        try {
            await signIn(username.value.trim(), password.value);
            go('');
        } catch (e) {
            fill(status, errorBox(e));
        } finally {
            submit.disabled = false;
        }
    }}, h('h1', null, 'Sign in'), field('Username', username), field('Password', password), submit, status);

    const regStatus = h('div', {'aria-live': 'assertive'});
    const regUser = h('input', {name: 'new-username', autocomplete: 'username', required: true, minlength: 3,
        maxlength: 50, pattern: '[A-Za-z0-9_.\\-]+'});
    const regEmail = h('input', {name: 'email', type: 'email', autocomplete: 'email', required: true});
    const regPassword = h('input', {name: 'new-password', type: 'password', autocomplete: 'new-password',
        required: true, minlength: 8, maxlength: 72});
    const registerForm = h('form', {class: 'card narrow', id: 'register-form', onsubmit: async event => {
        event.preventDefault();
        fill(regStatus, h('p', {class: 'loading', role: 'status'}, 'Creating the account…'));
        try {
            await register(regUser.value.trim(), regEmail.value.trim(), regPassword.value);
            go('');
        } catch (e) {
            fill(regStatus, errorBox(e));
        }
    }}, h('h2', null, 'Create an account'),
        h('p', {class: 'hint'}, 'Where the service allows self-registration; new accounts are managers.'),
        field('Username', regUser, '3–50 letters, digits, “_”, “.” or “-”'), field('Email', regEmail),
        field('Password', regPassword, '8–72 characters'), h('button', {type: 'submit'}, 'Create account'), regStatus);
    const details = h('details', {class: 'narrow'}, h('summary', null, 'No account yet?'), registerForm);
    view.append(form, details);
    username.focus();
}

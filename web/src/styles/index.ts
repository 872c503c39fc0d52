/** Style imports in cascade order: tokens, NL Design System components, then ours. */
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import './app.css';
import './planner.css';

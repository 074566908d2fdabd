import { createApp } from 'vue';
// Defines <acupoint-map>.
import 'acupoint-map';
// <acupoint-map> in templates: every attribute, property and event, typed (GlobalComponents).
import type {} from 'acupoint-map/vue';
import App from './App.vue';

createApp(App).mount('#app');

import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';

new Reveal({ plugins: [Notes] }).initialize();

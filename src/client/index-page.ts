import './theme/fonts.css';
import './theme/index-page.css';

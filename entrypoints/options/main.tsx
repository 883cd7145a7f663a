import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '@/components/base.css';

render(<Options />, document.getElementById('app')!);
